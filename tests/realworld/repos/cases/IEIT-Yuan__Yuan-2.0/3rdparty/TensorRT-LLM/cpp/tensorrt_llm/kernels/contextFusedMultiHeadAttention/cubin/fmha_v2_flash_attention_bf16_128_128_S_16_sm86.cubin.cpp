stub: upstream file of 854862 bytes
