stub: upstream file of 57876 bytes
