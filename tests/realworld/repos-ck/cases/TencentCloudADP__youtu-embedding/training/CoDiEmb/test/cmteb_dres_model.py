stub: upstream file of 8107 bytes
