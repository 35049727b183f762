stub: upstream file of 16545 bytes
