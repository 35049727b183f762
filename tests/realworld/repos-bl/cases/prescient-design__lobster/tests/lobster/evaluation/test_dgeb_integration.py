stub: upstream file of 8555 bytes
