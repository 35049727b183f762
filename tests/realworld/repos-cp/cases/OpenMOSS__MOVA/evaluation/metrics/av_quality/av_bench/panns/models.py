stub: upstream file of 132242 bytes
