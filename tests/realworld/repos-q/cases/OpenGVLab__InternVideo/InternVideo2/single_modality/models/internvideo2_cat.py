stub: upstream file of 26837 bytes
