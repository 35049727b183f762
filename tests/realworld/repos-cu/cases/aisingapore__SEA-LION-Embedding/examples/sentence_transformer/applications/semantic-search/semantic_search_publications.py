stub: upstream file of 8129 bytes
