stub: upstream file of 10661 bytes
