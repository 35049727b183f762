stub: upstream file of 23678 bytes
