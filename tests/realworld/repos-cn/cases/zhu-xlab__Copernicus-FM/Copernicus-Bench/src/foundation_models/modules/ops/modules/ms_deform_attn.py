stub: upstream file of 6963 bytes
