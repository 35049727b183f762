stub: upstream file of 6048 bytes
