stub: upstream file of 2801 bytes
