stub: upstream file of 1799 bytes
