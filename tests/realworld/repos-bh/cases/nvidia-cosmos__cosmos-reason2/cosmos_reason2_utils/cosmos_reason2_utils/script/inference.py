stub: upstream file of 13966 bytes
