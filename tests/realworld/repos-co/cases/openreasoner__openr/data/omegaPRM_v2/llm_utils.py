stub: upstream file of 5944 bytes
