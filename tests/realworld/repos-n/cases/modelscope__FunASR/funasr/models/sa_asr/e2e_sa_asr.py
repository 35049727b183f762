stub: upstream file of 20927 bytes
