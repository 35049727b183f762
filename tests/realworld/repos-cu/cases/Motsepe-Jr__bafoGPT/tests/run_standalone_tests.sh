stub: upstream file of 3061 bytes
