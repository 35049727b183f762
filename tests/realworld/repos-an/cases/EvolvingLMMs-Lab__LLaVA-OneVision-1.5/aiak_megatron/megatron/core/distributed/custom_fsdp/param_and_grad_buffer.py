stub: upstream file of 87404 bytes
