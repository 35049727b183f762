stub: upstream file of 13320 bytes
