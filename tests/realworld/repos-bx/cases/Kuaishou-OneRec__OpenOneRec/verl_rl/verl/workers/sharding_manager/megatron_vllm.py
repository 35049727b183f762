stub: upstream file of 9590 bytes
