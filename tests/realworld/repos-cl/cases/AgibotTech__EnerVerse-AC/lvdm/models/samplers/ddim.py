stub: upstream file of 18924 bytes
