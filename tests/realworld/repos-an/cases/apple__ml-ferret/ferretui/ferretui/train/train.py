stub: upstream file of 96251 bytes
