stub: upstream file of 38863 bytes
