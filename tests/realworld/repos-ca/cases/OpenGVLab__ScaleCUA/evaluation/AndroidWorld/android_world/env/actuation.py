stub: upstream file of 9829 bytes
