stub: upstream file of 3554 bytes
