stub: upstream file of 5594 bytes
