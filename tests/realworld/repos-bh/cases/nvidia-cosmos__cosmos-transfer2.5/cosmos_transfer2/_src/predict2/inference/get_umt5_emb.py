stub: upstream file of 22166 bytes
