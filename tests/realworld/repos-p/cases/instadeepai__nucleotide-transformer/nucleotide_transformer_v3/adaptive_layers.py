stub: upstream file of 21649 bytes
