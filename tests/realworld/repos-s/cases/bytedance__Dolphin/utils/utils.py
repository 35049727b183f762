stub: upstream file of 17808 bytes
