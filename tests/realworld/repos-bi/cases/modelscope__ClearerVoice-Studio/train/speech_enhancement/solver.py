stub: upstream file of 22631 bytes
