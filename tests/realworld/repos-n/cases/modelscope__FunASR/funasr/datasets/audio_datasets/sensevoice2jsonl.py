stub: upstream file of 8016 bytes
