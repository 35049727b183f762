stub: upstream file of 3446 bytes
