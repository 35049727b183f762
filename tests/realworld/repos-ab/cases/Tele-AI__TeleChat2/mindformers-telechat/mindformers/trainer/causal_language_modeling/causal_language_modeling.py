stub: upstream file of 21779 bytes
