stub: upstream file of 5809 bytes
