stub: upstream file of 19691 bytes
