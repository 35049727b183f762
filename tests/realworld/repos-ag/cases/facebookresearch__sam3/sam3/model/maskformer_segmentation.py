stub: upstream file of 11465 bytes
