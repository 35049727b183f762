stub: upstream file of 809880 bytes
