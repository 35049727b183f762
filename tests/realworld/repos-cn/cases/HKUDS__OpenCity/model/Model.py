stub: upstream file of 2782 bytes
