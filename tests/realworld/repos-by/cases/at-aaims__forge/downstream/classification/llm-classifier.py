stub: upstream file of 7230 bytes
