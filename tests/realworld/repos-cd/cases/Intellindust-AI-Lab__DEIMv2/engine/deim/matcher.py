stub: upstream file of 7149 bytes
