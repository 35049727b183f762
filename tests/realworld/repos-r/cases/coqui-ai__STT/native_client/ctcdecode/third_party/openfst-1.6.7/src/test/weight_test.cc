stub: upstream file of 17688 bytes
