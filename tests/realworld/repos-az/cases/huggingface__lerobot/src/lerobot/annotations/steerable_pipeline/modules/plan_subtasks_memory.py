stub: upstream file of 36884 bytes
