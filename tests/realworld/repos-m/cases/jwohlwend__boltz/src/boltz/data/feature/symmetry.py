stub: upstream file of 22214 bytes
