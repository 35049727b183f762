stub: upstream file of 17544 bytes
