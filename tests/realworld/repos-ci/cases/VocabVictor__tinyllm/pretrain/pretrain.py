stub: upstream file of 7654 bytes
