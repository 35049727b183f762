stub: upstream file of 47159 bytes
