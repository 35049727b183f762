stub: upstream file of 9370 bytes
