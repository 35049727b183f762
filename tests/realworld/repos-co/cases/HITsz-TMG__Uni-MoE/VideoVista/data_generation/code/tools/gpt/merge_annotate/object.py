stub: upstream file of 10251 bytes
