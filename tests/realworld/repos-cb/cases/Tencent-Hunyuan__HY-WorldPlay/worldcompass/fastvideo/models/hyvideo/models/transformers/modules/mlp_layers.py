stub: upstream file of 5791 bytes
