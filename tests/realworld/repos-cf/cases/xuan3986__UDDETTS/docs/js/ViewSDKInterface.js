stub: upstream file of 1039620 bytes
