stub: upstream file of 13837 bytes
