stub: upstream file of 13494 bytes
