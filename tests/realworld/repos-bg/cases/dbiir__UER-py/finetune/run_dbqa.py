stub: upstream file of 8527 bytes
