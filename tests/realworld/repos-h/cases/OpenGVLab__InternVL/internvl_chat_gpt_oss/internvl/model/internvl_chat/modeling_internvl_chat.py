stub: upstream file of 20974 bytes
