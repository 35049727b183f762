stub: upstream file of 28967 bytes
