stub: upstream file of 7328 bytes
