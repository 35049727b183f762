stub: upstream file of 19173 bytes
