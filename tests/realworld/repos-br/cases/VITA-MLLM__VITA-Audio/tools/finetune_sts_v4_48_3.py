stub: upstream file of 33047 bytes
