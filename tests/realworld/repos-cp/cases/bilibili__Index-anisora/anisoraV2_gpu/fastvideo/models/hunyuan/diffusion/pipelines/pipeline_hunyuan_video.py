stub: upstream file of 46837 bytes
