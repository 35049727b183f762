stub: upstream file of 16228 bytes
