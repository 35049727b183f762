stub: upstream file of 2756 bytes
