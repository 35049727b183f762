stub: upstream file of 6551 bytes
