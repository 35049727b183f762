stub: upstream file of 9647 bytes
