stub: upstream file of 4282 bytes
