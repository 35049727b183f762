stub: upstream file of 9837 bytes
