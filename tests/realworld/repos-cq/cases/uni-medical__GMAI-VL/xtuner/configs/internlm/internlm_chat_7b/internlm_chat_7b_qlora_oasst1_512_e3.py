stub: upstream file of 7072 bytes
