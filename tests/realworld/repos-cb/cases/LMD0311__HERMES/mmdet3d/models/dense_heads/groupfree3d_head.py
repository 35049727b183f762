stub: upstream file of 42228 bytes
