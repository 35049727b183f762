stub: upstream file of 14823 bytes
