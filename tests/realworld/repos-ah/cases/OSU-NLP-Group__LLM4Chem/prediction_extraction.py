stub: upstream file of 19036 bytes
