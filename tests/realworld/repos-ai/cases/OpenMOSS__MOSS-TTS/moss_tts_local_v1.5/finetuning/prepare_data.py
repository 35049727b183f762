stub: upstream file of 11837 bytes
