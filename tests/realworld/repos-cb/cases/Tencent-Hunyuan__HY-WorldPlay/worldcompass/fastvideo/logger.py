stub: upstream file of 10751 bytes
