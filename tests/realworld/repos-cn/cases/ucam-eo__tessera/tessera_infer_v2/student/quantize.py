stub: upstream file of 6233 bytes
