stub: upstream file of 12179 bytes
