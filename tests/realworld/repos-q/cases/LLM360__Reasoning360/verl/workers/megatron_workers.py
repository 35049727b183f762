stub: upstream file of 58727 bytes
