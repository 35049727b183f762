stub: upstream file of 22122 bytes
