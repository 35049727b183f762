stub: upstream file of 10700 bytes
