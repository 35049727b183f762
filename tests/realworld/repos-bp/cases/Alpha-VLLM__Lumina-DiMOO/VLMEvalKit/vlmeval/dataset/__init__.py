stub: upstream file of 12989 bytes
