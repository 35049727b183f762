stub: upstream file of 11765 bytes
