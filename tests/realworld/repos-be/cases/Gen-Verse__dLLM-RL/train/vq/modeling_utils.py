stub: upstream file of 56785 bytes
