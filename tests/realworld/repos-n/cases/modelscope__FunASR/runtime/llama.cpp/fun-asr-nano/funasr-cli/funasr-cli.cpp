stub: upstream file of 16945 bytes
