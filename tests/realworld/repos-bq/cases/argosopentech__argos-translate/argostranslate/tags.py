stub: upstream file of 6544 bytes
