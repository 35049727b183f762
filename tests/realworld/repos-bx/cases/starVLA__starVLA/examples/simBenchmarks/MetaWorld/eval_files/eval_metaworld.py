stub: upstream file of 12117 bytes
