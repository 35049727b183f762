stub: upstream file of 13603 bytes
