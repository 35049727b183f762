stub: upstream file of 4779 bytes
