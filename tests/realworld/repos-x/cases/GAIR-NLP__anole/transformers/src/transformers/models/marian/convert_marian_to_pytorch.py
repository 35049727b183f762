stub: upstream file of 26994 bytes
