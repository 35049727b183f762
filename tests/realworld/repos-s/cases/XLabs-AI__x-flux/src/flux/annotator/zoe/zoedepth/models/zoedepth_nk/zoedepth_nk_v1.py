stub: upstream file of 16363 bytes
