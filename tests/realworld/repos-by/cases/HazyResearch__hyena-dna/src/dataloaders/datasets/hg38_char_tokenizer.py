stub: upstream file of 5425 bytes
