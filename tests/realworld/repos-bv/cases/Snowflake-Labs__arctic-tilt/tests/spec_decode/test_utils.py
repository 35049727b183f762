stub: upstream file of 4882 bytes
