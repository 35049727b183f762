stub: upstream file of 27765 bytes
