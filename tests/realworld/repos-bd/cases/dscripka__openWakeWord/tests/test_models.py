stub: upstream file of 15584 bytes
