stub: upstream file of 13133 bytes
