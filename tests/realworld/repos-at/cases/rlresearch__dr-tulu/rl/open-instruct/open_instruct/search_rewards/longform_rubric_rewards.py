stub: upstream file of 32517 bytes
