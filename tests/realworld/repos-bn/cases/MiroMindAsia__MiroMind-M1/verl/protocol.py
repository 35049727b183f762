stub: upstream file of 29903 bytes
