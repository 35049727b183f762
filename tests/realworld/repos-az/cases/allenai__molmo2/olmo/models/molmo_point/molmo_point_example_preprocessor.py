stub: upstream file of 25978 bytes
