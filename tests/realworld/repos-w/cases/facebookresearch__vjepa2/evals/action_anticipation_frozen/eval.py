stub: upstream file of 28347 bytes
