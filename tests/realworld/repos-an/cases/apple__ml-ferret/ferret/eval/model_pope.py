stub: upstream file of 7963 bytes
