stub: upstream file of 23257 bytes
