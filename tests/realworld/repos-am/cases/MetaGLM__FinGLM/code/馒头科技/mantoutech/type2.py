stub: upstream file of 10892 bytes
