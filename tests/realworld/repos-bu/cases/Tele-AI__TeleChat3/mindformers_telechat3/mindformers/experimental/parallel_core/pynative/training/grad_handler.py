stub: upstream file of 10952 bytes
