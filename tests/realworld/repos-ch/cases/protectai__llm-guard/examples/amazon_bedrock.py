stub: upstream file of 2641 bytes
