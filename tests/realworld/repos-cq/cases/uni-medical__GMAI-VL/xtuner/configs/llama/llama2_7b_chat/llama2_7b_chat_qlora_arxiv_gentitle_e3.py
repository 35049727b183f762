stub: upstream file of 9625 bytes
