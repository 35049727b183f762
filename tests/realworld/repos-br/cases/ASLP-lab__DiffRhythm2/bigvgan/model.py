stub: upstream file of 19416 bytes
