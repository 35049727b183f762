stub: upstream file of 14196 bytes
