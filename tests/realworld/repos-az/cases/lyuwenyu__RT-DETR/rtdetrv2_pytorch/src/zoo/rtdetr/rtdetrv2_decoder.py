stub: upstream file of 24541 bytes
