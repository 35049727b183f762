stub: upstream file of 34798 bytes
