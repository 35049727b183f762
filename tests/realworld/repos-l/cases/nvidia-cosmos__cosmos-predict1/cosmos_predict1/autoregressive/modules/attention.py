stub: upstream file of 11684 bytes
