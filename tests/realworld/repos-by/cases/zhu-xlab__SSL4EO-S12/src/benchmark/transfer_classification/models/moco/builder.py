stub: upstream file of 7573 bytes
