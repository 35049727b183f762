stub: upstream file of 4794 bytes
