stub: upstream file of 6794 bytes
