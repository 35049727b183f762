stub: upstream file of 11899 bytes
