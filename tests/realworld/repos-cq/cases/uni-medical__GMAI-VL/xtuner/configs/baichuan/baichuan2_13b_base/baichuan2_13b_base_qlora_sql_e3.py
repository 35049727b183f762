stub: upstream file of 7295 bytes
