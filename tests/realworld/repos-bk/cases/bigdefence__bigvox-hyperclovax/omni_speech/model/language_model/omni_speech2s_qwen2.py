stub: upstream file of 20342 bytes
