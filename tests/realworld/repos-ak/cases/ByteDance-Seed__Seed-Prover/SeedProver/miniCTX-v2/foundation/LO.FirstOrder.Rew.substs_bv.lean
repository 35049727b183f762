stub: upstream file of 24884 bytes
