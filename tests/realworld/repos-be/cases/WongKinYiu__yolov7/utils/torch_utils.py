stub: upstream file of 15467 bytes
