stub: upstream file of 12533 bytes
