stub: upstream file of 17463 bytes
