stub: upstream file of 29768 bytes
