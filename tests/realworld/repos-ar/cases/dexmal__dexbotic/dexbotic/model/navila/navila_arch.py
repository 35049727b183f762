stub: upstream file of 18253 bytes
