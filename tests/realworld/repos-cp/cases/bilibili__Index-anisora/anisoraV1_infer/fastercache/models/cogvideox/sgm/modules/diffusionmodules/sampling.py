stub: upstream file of 27569 bytes
