stub: upstream file of 26155 bytes
