stub: upstream file of 25148 bytes
