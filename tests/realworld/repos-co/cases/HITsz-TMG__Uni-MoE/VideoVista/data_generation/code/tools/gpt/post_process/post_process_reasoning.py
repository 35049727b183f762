stub: upstream file of 1691 bytes
