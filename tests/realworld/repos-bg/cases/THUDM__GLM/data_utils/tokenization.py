stub: upstream file of 53217 bytes
