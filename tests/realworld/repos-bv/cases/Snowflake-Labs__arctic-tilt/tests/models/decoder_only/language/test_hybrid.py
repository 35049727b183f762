stub: upstream file of 13070 bytes
