stub: upstream file of 234 bytes
