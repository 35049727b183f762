stub: upstream file of 13148 bytes
