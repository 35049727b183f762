stub: upstream file of 43899 bytes
