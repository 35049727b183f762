stub: upstream file of 14641 bytes
