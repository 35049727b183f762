stub: upstream file of 5875 bytes
