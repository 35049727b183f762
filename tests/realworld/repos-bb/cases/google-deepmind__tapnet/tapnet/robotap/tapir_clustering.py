stub: upstream file of 40126 bytes
