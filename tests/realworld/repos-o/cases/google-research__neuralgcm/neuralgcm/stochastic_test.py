stub: upstream file of 40162 bytes
