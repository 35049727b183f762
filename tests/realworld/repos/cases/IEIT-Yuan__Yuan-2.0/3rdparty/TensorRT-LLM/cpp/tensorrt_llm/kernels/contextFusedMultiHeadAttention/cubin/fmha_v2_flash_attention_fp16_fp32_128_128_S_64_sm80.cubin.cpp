stub: upstream file of 1096408 bytes
