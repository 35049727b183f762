stub: upstream file of 14096 bytes
