stub: upstream file of 1709 bytes
