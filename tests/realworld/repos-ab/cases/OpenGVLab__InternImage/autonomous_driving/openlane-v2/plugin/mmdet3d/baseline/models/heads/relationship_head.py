stub: upstream file of 4255 bytes
