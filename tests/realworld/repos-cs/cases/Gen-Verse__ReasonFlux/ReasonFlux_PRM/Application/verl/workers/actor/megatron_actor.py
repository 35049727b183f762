stub: upstream file of 27662 bytes
