stub: upstream file of 24328 bytes
