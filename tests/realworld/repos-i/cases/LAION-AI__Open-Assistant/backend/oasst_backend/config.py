stub: upstream file of 10456 bytes
