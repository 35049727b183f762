stub: upstream file of 8149 bytes
