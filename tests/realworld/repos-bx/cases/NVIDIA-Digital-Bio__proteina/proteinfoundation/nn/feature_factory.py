stub: upstream file of 26084 bytes
