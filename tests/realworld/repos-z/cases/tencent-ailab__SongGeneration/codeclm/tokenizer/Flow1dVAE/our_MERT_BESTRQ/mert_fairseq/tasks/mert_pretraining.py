stub: upstream file of 15876 bytes
