stub: upstream file of 36117 bytes
