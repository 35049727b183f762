stub: upstream file of 15270 bytes
