stub: upstream file of 25196 bytes
