stub: upstream file of 45478 bytes
