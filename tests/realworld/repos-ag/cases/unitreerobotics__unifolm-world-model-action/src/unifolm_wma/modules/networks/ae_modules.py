stub: upstream file of 36843 bytes
