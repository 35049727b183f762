stub: upstream file of 28516 bytes
