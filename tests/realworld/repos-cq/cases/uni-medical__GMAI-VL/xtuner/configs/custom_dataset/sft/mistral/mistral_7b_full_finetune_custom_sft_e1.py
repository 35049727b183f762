stub: upstream file of 7767 bytes
