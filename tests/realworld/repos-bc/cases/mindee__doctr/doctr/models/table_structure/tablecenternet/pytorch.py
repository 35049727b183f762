stub: upstream file of 22467 bytes
