stub: upstream file of 4125 bytes
