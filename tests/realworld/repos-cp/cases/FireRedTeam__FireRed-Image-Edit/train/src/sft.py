stub: upstream file of 28871 bytes
