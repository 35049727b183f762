stub: upstream file of 832 bytes
