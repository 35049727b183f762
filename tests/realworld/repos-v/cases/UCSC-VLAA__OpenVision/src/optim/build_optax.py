stub: upstream file of 12240 bytes
