stub: upstream file of 1889 bytes
