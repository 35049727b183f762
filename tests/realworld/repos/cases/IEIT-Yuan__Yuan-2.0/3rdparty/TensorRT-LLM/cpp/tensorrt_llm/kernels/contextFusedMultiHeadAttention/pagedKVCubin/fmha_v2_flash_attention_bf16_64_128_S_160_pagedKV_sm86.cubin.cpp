stub: upstream file of 1020653 bytes
