stub: upstream file of 38331 bytes
