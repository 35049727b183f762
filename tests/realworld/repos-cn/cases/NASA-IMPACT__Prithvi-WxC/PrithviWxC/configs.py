stub: upstream file of 5681 bytes
