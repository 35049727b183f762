stub: upstream file of 15255 bytes
