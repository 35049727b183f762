stub: upstream file of 17892 bytes
