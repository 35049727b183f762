stub: upstream file of 20963 bytes
