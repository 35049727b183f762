stub: upstream file of 39145 bytes
