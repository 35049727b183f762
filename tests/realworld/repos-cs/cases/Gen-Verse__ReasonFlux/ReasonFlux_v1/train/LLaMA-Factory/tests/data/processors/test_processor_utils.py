stub: upstream file of 1192 bytes
