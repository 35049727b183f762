stub: upstream file of 12677 bytes
