stub: upstream file of 74669 bytes
