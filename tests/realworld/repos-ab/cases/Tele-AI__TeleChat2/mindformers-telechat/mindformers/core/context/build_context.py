stub: upstream file of 20544 bytes
