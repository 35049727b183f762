stub: upstream file of 588 bytes
