stub: upstream file of 23830 bytes
