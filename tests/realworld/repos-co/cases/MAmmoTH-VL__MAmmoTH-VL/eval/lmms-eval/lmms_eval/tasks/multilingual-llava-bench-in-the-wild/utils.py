stub: upstream file of 6818 bytes
