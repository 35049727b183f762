stub: upstream file of 2726 bytes
