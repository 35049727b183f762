stub: upstream file of 2858 bytes
