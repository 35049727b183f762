stub: upstream file of 7720 bytes
