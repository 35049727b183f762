stub: upstream file of 19713 bytes
