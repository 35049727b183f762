stub: upstream file of 33212 bytes
