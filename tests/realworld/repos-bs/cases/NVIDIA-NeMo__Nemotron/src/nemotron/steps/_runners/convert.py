stub: upstream file of 27253 bytes
