stub: upstream file of 60524 bytes
