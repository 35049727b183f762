stub: upstream file of 14515 bytes
