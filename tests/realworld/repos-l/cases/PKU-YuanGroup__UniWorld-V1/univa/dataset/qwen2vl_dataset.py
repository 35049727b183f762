stub: upstream file of 27284 bytes
