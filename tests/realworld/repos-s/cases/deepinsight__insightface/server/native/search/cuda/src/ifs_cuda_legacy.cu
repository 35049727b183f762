stub: upstream file of 67446 bytes
