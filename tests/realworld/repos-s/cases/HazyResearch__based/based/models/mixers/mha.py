stub: upstream file of 43074 bytes
