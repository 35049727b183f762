stub: upstream file of 15899 bytes
