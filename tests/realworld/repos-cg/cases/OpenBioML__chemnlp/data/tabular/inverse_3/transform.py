stub: upstream file of 5654 bytes
