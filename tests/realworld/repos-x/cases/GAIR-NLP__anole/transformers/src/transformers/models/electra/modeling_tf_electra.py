stub: upstream file of 78333 bytes
