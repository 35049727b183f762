stub: upstream file of 17196 bytes
