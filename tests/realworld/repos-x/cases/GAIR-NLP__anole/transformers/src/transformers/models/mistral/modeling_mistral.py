stub: upstream file of 70279 bytes
