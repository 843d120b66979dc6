package com.example.orders;

import java.math.BigDecimal;

public record OrderPlaced(String orderId, BigDecimal total) {}
