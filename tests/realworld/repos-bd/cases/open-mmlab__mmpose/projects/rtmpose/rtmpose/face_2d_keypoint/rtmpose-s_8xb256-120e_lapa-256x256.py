stub: upstream file of 6809 bytes
