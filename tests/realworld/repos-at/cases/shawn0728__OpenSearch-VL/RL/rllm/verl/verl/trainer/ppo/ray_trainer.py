stub: upstream file of 64145 bytes
