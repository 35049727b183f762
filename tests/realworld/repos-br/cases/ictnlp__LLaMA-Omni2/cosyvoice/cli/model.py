stub: upstream file of 26202 bytes
