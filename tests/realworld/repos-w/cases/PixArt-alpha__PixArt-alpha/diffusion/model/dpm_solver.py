stub: upstream file of 70059 bytes
