stub: upstream file of 11757 bytes
