stub: upstream file of 13255 bytes
