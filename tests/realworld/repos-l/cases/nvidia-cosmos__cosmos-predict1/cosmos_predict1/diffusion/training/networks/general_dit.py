stub: upstream file of 46149 bytes
