stub: upstream file of 47363 bytes
