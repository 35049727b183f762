stub: upstream file of 21930 bytes
