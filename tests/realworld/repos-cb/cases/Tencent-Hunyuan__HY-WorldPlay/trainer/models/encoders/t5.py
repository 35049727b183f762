stub: upstream file of 26222 bytes
