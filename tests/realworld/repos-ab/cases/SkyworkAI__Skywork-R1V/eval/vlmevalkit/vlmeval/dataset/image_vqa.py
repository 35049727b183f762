stub: upstream file of 103903 bytes
