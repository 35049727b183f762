stub: upstream file of 9778 bytes
