stub: upstream file of 1798 bytes
