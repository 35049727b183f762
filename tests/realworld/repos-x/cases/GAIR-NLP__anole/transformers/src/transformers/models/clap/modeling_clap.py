stub: upstream file of 104663 bytes
