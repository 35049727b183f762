stub: upstream file of 26899 bytes
