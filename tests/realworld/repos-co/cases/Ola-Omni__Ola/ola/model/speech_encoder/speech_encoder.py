stub: upstream file of 3188 bytes
