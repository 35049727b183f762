stub: upstream file of 12970 bytes
