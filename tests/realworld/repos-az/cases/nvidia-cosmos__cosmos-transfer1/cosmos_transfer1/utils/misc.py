stub: upstream file of 10742 bytes
