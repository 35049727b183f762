stub: upstream file of 4651 bytes
