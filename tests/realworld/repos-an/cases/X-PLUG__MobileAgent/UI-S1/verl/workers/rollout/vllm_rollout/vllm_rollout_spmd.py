stub: upstream file of 20386 bytes
