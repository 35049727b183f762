stub: upstream file of 14674 bytes
