stub: upstream file of 2791 bytes
