stub: upstream file of 24230 bytes
