stub: upstream file of 24936 bytes
