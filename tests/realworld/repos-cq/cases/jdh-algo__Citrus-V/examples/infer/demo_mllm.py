stub: upstream file of 5839 bytes
