stub: upstream file of 2686 bytes
