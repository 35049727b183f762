stub: upstream file of 4176 bytes
