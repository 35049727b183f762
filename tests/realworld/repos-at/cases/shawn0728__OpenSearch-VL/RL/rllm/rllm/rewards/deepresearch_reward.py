stub: upstream file of 27566 bytes
