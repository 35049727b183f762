stub: upstream file of 88127 bytes
