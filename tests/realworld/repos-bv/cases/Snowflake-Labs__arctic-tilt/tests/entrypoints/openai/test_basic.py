stub: upstream file of 6717 bytes
