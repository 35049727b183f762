stub: upstream file of 34415 bytes
