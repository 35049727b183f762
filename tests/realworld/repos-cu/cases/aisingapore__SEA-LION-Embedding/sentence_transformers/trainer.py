stub: upstream file of 64937 bytes
