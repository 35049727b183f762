stub: upstream file of 12809 bytes
