stub: upstream file of 36256 bytes
