stub: upstream file of 22594 bytes
