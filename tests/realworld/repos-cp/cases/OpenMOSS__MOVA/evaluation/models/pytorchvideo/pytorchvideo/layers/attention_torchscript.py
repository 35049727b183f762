stub: upstream file of 23470 bytes
