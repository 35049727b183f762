stub: upstream file of 11974 bytes
