stub: upstream file of 14033 bytes
