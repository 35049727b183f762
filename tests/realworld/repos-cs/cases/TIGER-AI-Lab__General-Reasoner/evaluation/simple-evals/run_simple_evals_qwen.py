stub: upstream file of 7837 bytes
