stub: upstream file of 25242 bytes
