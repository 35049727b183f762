stub: upstream file of 56524 bytes
