stub: upstream file of 18751 bytes
