stub: upstream file of 12467 bytes
