stub: upstream file of 31090 bytes
