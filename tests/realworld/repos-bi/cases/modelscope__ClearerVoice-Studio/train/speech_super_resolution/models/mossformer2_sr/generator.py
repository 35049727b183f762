stub: upstream file of 16037 bytes
