stub: upstream file of 68528 bytes
