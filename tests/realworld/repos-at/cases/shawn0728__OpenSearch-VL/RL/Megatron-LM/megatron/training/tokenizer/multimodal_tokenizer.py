stub: upstream file of 18501 bytes
