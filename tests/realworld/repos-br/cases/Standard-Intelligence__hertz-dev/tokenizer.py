stub: upstream file of 17201 bytes
