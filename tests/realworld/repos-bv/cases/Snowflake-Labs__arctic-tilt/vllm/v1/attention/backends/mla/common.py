stub: upstream file of 37130 bytes
