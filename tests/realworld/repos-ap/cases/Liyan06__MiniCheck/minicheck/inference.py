stub: upstream file of 21084 bytes
