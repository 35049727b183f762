stub: upstream file of 1004037 bytes
