stub: upstream file of 9594 bytes
