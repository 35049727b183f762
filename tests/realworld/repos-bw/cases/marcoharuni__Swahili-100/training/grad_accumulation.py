stub: upstream file of 1808 bytes
