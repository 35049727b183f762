stub: upstream file of 79544 bytes
