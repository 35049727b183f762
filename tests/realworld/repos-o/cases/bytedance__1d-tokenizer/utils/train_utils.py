stub: upstream file of 55067 bytes
