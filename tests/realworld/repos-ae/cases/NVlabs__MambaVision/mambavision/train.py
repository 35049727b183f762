stub: upstream file of 49396 bytes
