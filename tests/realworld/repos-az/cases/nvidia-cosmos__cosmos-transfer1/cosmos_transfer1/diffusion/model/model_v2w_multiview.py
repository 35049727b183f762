stub: upstream file of 18161 bytes
