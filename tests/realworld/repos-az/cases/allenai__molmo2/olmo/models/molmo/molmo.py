stub: upstream file of 32195 bytes
