stub: upstream file of 22443 bytes
