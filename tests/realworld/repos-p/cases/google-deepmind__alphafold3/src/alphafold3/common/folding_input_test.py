stub: upstream file of 69631 bytes
