stub: upstream file of 9631 bytes
