stub: upstream file of 5631 bytes
