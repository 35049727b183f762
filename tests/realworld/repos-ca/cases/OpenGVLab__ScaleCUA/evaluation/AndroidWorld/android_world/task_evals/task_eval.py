stub: upstream file of 6004 bytes
