stub: upstream file of 65801 bytes
