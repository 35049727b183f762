stub: upstream file of 23804 bytes
