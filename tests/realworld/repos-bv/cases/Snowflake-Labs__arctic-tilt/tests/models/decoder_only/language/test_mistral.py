stub: upstream file of 10677 bytes
