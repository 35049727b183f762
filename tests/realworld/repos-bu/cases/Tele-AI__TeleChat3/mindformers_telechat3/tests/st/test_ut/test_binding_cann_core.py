stub: upstream file of 3655 bytes
