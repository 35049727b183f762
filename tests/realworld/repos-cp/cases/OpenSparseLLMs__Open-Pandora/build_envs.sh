stub: upstream file of 317 bytes
