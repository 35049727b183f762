stub: upstream file of 27195 bytes
