stub: upstream file of 886 bytes
