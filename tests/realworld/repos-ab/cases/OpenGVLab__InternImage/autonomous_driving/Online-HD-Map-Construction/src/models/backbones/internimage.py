stub: upstream file of 26685 bytes
