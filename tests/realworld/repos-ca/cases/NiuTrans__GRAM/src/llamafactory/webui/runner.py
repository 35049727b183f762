stub: upstream file of 22544 bytes
