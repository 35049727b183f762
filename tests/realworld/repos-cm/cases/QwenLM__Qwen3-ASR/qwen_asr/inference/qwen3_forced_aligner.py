stub: upstream file of 16411 bytes
