stub: upstream file of 13653 bytes
