stub: upstream file of 6715 bytes
