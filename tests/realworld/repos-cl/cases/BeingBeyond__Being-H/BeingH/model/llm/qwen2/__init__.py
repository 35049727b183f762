stub: upstream file of 1674 bytes
