stub: upstream file of 4370 bytes
