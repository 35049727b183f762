stub: upstream file of 11636 bytes
