stub: upstream file of 14892 bytes
