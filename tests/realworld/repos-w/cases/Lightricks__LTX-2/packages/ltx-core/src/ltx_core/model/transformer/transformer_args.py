stub: upstream file of 18614 bytes
