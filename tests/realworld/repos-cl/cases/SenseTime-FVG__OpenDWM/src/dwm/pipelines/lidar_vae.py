stub: upstream file of 17275 bytes
