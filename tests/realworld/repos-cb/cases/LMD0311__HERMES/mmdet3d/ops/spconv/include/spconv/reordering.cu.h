stub: upstream file of 5742 bytes
