stub: upstream file of 16129 bytes
