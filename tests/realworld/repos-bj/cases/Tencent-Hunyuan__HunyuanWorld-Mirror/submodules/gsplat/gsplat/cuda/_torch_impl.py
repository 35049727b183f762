stub: upstream file of 29248 bytes
