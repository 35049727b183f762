stub: upstream file of 8944 bytes
