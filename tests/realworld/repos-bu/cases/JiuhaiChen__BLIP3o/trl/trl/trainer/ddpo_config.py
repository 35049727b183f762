stub: upstream file of 12241 bytes
