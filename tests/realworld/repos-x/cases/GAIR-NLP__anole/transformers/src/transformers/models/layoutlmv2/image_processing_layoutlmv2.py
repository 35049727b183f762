stub: upstream file of 13809 bytes
