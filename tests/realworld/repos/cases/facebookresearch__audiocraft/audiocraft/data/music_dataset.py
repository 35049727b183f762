stub: upstream file of 11575 bytes
