stub: upstream file of 28074 bytes
