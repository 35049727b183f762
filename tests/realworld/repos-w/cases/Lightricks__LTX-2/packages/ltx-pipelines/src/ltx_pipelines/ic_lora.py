stub: upstream file of 22345 bytes
