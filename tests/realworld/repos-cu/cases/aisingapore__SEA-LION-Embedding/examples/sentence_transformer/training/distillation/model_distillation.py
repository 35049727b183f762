stub: upstream file of 9882 bytes
