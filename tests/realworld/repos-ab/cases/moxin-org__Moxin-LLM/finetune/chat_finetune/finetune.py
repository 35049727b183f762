stub: upstream file of 19611 bytes
