stub: upstream file of 77037 bytes
