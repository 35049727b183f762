stub: upstream file of 7886 bytes
