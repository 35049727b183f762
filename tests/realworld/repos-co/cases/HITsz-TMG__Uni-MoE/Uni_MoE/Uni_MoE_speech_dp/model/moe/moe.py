stub: upstream file of 1255 bytes
