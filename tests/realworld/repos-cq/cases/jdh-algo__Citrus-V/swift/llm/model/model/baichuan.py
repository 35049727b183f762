stub: upstream file of 6065 bytes
