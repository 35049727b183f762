stub: upstream file of 408 bytes
