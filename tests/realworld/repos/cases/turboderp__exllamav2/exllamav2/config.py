stub: upstream file of 26756 bytes
