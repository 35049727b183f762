stub: upstream file of 781 bytes
