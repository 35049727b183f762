stub: upstream file of 94235 bytes
