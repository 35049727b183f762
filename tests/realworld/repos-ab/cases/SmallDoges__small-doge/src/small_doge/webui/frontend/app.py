stub: upstream file of 64342 bytes
