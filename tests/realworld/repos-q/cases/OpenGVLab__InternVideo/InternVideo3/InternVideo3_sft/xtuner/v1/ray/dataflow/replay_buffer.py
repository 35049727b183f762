stub: upstream file of 31256 bytes
