stub: upstream file of 66298 bytes
