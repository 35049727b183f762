stub: upstream file of 22164 bytes
