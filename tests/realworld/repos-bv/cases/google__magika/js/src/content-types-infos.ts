stub: upstream file of 35139 bytes
