stub: upstream file of 2028 bytes
