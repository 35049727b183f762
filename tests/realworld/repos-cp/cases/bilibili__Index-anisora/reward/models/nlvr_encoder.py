stub: upstream file of 36738 bytes
