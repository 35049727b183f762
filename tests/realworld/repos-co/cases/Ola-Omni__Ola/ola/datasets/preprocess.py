stub: upstream file of 8747 bytes
