stub: upstream file of 38580 bytes
