stub: upstream file of 4175 bytes
