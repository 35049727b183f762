stub: upstream file of 3837 bytes
