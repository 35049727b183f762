stub: upstream file of 23837 bytes
