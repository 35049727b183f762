stub: upstream file of 24819 bytes
