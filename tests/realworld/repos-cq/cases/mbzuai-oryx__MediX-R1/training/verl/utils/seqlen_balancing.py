stub: upstream file of 12623 bytes
