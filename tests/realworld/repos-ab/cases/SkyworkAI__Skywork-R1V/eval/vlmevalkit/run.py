stub: upstream file of 23829 bytes
