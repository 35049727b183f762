stub: upstream file of 15567 bytes
