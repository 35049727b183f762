stub: upstream file of 16969 bytes
