stub: upstream file of 21809 bytes
