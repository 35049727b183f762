stub: upstream file of 14403 bytes
