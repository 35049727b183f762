stub: upstream file of 61390 bytes
