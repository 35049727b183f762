stub: upstream file of 13379 bytes
