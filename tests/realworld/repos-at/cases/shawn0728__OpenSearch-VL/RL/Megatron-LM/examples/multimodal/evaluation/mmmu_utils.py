stub: upstream file of 19250 bytes
