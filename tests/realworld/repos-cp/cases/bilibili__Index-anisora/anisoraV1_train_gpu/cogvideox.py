stub: upstream file of 30091 bytes
