stub: upstream file of 54695 bytes
