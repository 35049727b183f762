stub: upstream file of 1978 bytes
