stub: upstream file of 94388 bytes
