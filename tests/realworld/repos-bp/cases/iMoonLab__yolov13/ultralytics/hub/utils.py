stub: upstream file of 9733 bytes
