stub: upstream file of 13098 bytes
