stub: upstream file of 39762 bytes
