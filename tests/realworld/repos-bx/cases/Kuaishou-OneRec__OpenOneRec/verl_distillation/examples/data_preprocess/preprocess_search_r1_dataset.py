stub: upstream file of 6939 bytes
