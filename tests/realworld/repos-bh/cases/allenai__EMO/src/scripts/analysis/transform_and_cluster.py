stub: upstream file of 35727 bytes
