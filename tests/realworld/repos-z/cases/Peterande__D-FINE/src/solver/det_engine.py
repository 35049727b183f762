stub: upstream file of 9943 bytes
