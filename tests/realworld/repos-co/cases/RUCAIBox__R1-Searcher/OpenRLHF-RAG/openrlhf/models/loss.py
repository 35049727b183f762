stub: upstream file of 12717 bytes
