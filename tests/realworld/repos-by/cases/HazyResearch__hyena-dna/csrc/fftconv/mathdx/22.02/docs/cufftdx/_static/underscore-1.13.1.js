stub: upstream file of 68420 bytes
