stub: upstream file of 77345 bytes
