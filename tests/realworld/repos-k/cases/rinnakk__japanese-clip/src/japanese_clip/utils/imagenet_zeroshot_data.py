stub: upstream file of 51629 bytes
