stub: upstream file of 33073 bytes
