stub: upstream file of 9512 bytes
