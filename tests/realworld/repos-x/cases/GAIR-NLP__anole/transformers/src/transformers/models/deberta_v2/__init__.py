stub: upstream file of 3669 bytes
