stub: upstream file of 2173 bytes
