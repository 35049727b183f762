stub: upstream file of 27302 bytes
