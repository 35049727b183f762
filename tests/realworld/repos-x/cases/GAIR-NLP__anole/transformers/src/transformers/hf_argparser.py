stub: upstream file of 19823 bytes
