stub: upstream file of 8566 bytes
