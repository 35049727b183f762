stub: upstream file of 6714 bytes
