stub: upstream file of 4839 bytes
