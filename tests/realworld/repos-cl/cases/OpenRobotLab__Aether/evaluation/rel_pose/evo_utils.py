stub: upstream file of 14389 bytes
