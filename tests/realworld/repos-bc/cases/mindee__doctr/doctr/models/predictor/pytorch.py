stub: upstream file of 14114 bytes
