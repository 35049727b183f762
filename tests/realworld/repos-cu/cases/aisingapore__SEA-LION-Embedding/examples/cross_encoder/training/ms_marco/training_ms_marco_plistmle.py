stub: upstream file of 6830 bytes
