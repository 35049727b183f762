stub: upstream file of 238275 bytes
