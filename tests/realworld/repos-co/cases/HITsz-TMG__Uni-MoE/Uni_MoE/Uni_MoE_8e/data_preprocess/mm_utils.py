stub: upstream file of 8876 bytes
