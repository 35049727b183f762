stub: upstream file of 907858 bytes
