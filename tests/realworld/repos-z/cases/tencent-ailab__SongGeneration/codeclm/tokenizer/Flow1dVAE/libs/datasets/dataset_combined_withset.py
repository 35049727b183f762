stub: upstream file of 39544 bytes
