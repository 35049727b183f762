stub: upstream file of 44113 bytes
