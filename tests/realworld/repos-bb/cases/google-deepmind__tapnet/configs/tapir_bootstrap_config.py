stub: upstream file of 5147 bytes
