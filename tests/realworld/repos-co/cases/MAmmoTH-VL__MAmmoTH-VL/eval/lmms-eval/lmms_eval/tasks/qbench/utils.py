stub: upstream file of 8725 bytes
