stub: upstream file of 4063 bytes
