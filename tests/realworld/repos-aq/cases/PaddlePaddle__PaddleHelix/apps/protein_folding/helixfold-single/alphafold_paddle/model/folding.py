stub: upstream file of 42809 bytes
