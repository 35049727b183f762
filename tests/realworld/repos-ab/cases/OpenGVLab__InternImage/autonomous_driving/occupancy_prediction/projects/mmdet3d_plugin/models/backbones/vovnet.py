stub: upstream file of 11710 bytes
