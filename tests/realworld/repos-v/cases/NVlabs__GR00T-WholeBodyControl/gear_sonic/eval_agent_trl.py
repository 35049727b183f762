stub: upstream file of 28843 bytes
