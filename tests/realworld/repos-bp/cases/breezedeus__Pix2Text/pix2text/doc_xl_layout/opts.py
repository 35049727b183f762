stub: upstream file of 23801 bytes
