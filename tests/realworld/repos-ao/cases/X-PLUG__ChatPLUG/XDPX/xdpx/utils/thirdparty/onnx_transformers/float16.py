stub: upstream file of 17933 bytes
