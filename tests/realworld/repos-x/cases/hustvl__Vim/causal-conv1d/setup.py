stub: upstream file of 13129 bytes
