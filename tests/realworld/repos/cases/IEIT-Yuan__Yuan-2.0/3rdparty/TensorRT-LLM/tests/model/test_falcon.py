stub: upstream file of 26255 bytes
