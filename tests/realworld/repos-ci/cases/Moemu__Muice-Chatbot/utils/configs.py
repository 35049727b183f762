stub: upstream file of 3602 bytes
