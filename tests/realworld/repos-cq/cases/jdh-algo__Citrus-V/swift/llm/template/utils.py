stub: upstream file of 6140 bytes
