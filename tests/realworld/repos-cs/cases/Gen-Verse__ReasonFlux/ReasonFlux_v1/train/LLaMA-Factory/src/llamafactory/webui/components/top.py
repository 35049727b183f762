stub: upstream file of 3173 bytes
