stub: upstream file of 13193 bytes
