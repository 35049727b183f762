stub: upstream file of 40583 bytes
