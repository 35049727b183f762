stub: upstream file of 22823 bytes
