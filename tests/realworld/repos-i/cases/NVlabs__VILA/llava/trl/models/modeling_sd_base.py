stub: upstream file of 27678 bytes
