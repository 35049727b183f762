stub: upstream file of 64454 bytes
