stub: upstream file of 18784 bytes
