stub: upstream file of 28248 bytes
