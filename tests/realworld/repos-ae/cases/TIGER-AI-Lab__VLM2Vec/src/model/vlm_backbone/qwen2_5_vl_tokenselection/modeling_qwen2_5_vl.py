stub: upstream file of 114141 bytes
