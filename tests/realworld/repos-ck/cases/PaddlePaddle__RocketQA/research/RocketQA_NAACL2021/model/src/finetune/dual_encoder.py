stub: upstream file of 15329 bytes
