stub: upstream file of 7789 bytes
