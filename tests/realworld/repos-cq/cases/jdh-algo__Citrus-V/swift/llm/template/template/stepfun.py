stub: upstream file of 4649 bytes
