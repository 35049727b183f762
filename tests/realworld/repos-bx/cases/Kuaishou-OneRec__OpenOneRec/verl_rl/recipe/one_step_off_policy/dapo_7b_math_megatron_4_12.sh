stub: upstream file of 6230 bytes
