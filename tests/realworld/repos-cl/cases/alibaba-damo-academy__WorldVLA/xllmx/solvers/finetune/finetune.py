stub: upstream file of 122879 bytes
