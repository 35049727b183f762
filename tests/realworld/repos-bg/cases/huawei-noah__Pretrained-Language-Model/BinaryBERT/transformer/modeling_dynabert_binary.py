stub: upstream file of 45623 bytes
