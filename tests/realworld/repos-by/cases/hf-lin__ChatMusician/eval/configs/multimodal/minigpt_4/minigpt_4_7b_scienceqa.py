stub: upstream file of 2090 bytes
