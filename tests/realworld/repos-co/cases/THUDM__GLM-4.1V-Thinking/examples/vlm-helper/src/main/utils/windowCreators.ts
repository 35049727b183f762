stub: upstream file of 20967 bytes
