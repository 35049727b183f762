stub: upstream file of 5609 bytes
