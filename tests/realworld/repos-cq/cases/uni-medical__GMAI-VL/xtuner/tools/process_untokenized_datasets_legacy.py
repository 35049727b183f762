stub: upstream file of 6558 bytes
