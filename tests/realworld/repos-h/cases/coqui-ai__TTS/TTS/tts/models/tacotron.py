stub: upstream file of 18779 bytes
