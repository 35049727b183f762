stub: upstream file of 11257 bytes
