stub: upstream file of 3809 bytes
