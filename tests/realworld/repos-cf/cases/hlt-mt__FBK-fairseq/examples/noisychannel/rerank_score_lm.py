stub: upstream file of 2253 bytes
