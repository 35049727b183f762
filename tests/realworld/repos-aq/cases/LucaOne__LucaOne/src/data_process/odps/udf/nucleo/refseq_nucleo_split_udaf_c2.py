stub: upstream file of 18998 bytes
