stub: upstream file of 12214 bytes
