stub: upstream file of 81023 bytes
