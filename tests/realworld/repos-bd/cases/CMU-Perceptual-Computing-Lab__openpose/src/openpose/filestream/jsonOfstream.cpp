stub: upstream file of 5661 bytes
