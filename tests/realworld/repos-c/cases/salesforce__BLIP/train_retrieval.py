stub: upstream file of 14091 bytes
