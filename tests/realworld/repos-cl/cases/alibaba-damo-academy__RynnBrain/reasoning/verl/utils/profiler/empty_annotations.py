stub: upstream file of 1116 bytes
