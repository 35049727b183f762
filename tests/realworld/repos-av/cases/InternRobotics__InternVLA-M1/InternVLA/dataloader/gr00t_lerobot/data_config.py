stub: upstream file of 20001 bytes
