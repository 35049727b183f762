stub: upstream file of 695 bytes
