stub: upstream file of 1794 bytes
