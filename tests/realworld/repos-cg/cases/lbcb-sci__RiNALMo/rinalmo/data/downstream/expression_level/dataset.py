stub: upstream file of 706 bytes
