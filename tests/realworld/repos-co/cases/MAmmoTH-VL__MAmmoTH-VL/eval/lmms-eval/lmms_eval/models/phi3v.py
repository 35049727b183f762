stub: upstream file of 9809 bytes
