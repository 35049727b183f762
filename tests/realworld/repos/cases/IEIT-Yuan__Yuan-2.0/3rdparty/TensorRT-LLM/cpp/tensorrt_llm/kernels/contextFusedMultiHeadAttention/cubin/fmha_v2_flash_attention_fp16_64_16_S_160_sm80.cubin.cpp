stub: upstream file of 415201 bytes
