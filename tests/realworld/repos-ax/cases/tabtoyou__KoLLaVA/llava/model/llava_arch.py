stub: upstream file of 14045 bytes
