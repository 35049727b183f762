stub: upstream file of 7779 bytes
