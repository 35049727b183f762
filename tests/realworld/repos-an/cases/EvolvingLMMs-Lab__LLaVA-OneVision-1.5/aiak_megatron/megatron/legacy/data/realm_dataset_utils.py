stub: upstream file of 7760 bytes
