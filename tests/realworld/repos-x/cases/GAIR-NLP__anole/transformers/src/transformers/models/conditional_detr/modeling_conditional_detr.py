stub: upstream file of 127372 bytes
