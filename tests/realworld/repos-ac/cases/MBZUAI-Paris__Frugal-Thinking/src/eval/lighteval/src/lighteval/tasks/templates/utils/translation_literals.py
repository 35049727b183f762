stub: upstream file of 46316 bytes
