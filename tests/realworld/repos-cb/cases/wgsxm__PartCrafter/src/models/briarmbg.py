stub: upstream file of 13222 bytes
