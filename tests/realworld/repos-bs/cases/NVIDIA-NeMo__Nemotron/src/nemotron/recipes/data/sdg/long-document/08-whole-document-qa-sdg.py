stub: upstream file of 28809 bytes
