stub: upstream file of 11809 bytes
