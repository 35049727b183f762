stub: upstream file of 7638 bytes
