stub: upstream file of 32935 bytes
