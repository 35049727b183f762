stub: upstream file of 36906 bytes
