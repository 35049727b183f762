stub: upstream file of 36939 bytes
