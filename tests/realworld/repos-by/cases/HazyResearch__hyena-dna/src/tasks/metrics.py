stub: upstream file of 12370 bytes
