stub: upstream file of 14497 bytes
