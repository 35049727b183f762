stub: upstream file of 45166 bytes
