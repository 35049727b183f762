stub: upstream file of 4302 bytes
