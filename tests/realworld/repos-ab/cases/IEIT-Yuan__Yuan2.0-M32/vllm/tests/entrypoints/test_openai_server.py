stub: upstream file of 29408 bytes
