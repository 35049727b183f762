stub: upstream file of 28568 bytes
