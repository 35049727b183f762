stub: upstream file of 4801 bytes
