stub: upstream file of 94359 bytes
