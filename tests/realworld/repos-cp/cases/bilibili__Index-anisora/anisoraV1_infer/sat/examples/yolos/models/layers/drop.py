stub: upstream file of 6938 bytes
