stub: upstream file of 13714 bytes
