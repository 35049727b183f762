stub: upstream file of 23609 bytes
