stub: upstream file of 634 bytes
