stub: upstream file of 28320 bytes
