stub: upstream file of 25091 bytes
