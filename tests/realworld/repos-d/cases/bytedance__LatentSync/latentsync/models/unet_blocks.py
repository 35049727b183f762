stub: upstream file of 28892 bytes
