stub: upstream file of 28295 bytes
