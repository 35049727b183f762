stub: upstream file of 7876 bytes
