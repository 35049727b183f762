stub: upstream file of 13885 bytes
