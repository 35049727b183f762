stub: upstream file of 56196 bytes
