stub: upstream file of 70809 bytes
