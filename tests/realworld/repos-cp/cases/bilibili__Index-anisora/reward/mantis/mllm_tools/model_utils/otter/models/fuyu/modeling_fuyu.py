stub: upstream file of 8939 bytes
