stub: upstream file of 19323 bytes
