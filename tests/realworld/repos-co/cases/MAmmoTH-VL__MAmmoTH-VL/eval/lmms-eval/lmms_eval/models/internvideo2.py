stub: upstream file of 14717 bytes
