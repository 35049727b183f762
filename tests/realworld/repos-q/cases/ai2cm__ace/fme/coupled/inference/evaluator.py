stub: upstream file of 23194 bytes
