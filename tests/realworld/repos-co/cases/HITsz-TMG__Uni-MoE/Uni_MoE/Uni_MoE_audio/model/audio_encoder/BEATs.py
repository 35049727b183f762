stub: upstream file of 9084 bytes
