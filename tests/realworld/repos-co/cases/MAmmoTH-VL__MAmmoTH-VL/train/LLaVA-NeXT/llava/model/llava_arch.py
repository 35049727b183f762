stub: upstream file of 33036 bytes
