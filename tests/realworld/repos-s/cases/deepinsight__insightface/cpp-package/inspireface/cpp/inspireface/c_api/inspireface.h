stub: upstream file of 67931 bytes
