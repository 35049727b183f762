stub: upstream file of 12939 bytes
