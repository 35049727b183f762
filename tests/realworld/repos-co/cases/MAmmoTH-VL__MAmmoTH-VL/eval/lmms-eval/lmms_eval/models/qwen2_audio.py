stub: upstream file of 11876 bytes
