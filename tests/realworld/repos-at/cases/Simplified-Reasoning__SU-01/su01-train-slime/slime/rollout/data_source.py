stub: upstream file of 24976 bytes
