stub: upstream file of 7090 bytes
