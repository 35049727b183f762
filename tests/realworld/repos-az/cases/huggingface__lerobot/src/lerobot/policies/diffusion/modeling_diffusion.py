stub: upstream file of 35320 bytes
