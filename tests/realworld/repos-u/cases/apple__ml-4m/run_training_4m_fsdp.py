stub: upstream file of 44091 bytes
