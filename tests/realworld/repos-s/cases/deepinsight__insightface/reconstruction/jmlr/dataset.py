stub: upstream file of 33526 bytes
