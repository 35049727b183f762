stub: upstream file of 17876 bytes
