stub: upstream file of 66376 bytes
