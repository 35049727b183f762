stub: upstream file of 14807 bytes
