stub: upstream file of 9710 bytes
