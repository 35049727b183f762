stub: upstream file of 20876 bytes
