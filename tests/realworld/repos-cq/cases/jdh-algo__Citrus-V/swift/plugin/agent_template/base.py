stub: upstream file of 5985 bytes
