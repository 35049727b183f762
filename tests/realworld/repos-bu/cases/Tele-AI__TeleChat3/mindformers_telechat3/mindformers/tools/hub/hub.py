stub: upstream file of 30688 bytes
