stub: upstream file of 33743 bytes
