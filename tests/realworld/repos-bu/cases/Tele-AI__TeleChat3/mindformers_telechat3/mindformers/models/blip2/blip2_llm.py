stub: upstream file of 11459 bytes
