stub: upstream file of 11891 bytes
