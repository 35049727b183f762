stub: upstream file of 14282 bytes
