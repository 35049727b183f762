stub: upstream file of 4533 bytes
