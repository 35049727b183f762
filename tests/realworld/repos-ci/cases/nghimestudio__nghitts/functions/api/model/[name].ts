stub: upstream file of 1750 bytes
