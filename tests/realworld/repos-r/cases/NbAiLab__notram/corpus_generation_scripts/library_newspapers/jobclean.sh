stub: upstream file of 714708 bytes
