stub: upstream file of 47048 bytes
