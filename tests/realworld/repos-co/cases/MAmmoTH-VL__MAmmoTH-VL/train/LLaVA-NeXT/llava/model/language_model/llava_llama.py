stub: upstream file of 6166 bytes
