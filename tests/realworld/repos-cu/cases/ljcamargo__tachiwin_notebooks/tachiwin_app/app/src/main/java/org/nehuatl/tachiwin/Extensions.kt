stub: upstream file of 2579 bytes
