stub: upstream file of 7181 bytes
