stub: upstream file of 31441 bytes
