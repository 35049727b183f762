stub: upstream file of 39264 bytes
