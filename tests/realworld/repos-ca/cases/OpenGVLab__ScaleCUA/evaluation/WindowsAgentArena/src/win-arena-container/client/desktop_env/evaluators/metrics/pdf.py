stub: upstream file of 801 bytes
