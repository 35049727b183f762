stub: upstream file of 4494 bytes
