stub: upstream file of 11968 bytes
