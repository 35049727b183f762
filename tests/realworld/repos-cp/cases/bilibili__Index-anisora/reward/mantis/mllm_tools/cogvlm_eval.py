stub: upstream file of 5253 bytes
