stub: upstream file of 10242 bytes
