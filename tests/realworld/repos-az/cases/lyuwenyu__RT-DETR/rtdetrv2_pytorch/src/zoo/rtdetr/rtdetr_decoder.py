stub: upstream file of 23044 bytes
