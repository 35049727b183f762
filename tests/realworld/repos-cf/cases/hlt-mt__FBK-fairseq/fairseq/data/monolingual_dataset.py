stub: upstream file of 8181 bytes
