stub: upstream file of 18385 bytes
