stub: upstream file of 248950 bytes
