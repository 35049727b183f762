stub: upstream file of 3287 bytes
