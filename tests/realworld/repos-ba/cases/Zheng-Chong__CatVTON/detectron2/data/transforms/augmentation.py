stub: upstream file of 14116 bytes
