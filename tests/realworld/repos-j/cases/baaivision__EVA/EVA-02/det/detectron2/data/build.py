stub: upstream file of 21231 bytes
