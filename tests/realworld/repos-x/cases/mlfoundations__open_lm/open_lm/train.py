stub: upstream file of 17255 bytes
