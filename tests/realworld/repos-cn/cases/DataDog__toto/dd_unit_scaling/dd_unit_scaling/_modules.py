stub: upstream file of 5972 bytes
