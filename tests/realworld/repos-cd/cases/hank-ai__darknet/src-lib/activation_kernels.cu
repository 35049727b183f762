stub: upstream file of 24213 bytes
