stub: upstream file of 112224 bytes
