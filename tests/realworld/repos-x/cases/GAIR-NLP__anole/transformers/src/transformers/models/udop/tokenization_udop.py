stub: upstream file of 70654 bytes
