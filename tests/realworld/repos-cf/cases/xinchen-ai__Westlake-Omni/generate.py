stub: upstream file of 13908 bytes
