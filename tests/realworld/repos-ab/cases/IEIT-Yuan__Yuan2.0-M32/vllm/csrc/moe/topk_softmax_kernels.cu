stub: upstream file of 21240 bytes
