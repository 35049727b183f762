stub: upstream file of 37154 bytes
