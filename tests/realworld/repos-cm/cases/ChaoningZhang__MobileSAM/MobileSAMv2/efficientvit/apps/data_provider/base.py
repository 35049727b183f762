stub: upstream file of 7784 bytes
