stub: upstream file of 27345 bytes
