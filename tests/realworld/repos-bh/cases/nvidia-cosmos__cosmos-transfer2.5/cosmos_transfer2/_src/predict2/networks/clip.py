stub: upstream file of 19289 bytes
