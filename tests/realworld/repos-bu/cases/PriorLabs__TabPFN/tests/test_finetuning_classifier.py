stub: upstream file of 70173 bytes
