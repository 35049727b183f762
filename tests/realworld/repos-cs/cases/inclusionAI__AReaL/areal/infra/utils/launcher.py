stub: upstream file of 9428 bytes
