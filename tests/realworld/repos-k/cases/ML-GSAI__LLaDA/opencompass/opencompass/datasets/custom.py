stub: upstream file of 18915 bytes
