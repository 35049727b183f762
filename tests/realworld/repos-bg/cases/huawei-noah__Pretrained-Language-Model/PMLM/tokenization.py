stub: upstream file of 12297 bytes
