stub: upstream file of 1622804 bytes
