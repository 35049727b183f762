stub: upstream file of 5717 bytes
