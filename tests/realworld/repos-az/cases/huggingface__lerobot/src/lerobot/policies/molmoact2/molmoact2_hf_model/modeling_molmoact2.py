stub: upstream file of 194809 bytes
