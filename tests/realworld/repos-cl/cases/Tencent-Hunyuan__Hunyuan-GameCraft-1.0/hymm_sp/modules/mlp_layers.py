stub: upstream file of 3817 bytes
