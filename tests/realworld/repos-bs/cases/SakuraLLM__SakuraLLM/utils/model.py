stub: upstream file of 25623 bytes
