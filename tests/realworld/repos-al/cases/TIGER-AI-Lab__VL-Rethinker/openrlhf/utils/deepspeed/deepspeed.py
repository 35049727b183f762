stub: upstream file of 18184 bytes
