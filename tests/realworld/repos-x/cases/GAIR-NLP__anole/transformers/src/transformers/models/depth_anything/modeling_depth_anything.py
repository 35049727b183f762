stub: upstream file of 18048 bytes
