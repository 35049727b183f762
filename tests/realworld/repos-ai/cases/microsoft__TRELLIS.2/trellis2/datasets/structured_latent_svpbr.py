stub: upstream file of 12642 bytes
