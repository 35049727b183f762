stub: upstream file of 10298 bytes
