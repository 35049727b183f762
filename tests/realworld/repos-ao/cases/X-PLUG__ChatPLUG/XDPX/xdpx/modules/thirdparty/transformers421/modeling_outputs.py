stub: upstream file of 52392 bytes
