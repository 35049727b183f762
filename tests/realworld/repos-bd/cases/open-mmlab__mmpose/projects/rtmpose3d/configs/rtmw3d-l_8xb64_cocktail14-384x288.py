stub: upstream file of 19938 bytes
