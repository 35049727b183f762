stub: upstream file of 38575 bytes
