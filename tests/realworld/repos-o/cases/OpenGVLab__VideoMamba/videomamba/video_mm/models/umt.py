stub: upstream file of 11048 bytes
