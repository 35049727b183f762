stub: upstream file of 1506448 bytes
