stub: upstream file of 34498 bytes
