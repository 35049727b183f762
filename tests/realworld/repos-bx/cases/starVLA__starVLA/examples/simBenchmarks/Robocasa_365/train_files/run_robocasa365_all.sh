stub: upstream file of 2760 bytes
