stub: upstream file of 16417 bytes
