stub: upstream file of 5190 bytes
