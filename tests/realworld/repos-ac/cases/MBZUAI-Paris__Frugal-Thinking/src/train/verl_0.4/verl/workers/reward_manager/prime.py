stub: upstream file of 8520 bytes
