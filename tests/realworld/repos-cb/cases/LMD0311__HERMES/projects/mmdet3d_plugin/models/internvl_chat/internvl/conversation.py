stub: upstream file of 15253 bytes
