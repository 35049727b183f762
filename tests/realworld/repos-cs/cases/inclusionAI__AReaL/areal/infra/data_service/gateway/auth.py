stub: upstream file of 2214 bytes
