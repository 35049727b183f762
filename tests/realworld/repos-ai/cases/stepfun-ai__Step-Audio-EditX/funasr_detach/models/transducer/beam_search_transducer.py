stub: upstream file of 23151 bytes
