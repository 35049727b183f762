stub: upstream file of 16420 bytes
