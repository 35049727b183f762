stub: upstream file of 28599 bytes
