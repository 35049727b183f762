stub: upstream file of 4108 bytes
