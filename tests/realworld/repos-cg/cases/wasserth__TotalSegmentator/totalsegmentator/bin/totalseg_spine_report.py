stub: upstream file of 14135 bytes
