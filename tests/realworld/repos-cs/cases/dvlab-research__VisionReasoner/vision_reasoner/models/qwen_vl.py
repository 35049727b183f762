stub: upstream file of 23809 bytes
