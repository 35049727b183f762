stub: upstream file of 36083 bytes
