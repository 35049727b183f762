stub: upstream file of 41201 bytes
