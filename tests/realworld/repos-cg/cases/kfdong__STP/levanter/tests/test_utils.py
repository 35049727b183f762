stub: upstream file of 7168 bytes
