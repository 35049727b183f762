stub: upstream file of 81094 bytes
